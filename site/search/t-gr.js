briefingSearch.terms("gr",{"grave":[0,2],"grounded":[0,2],"growing":[0,1],"grown":[1,1]});
