briefingSearch.terms("jo",{"joint":[1,1],"jong":[0,1,1,1]});
