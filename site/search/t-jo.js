briefingSearch.terms("jo",{"joint":[0,1,1,1],"jong":[0,1,1,1]});
