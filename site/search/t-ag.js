briefingSearch.terms("ag",{"against":[1,1],"agency":[0,2]});
