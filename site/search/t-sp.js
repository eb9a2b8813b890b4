briefingSearch.terms("sp",{"speaking":[0,1],"speaks":[0,1],"special":[1,1]});
